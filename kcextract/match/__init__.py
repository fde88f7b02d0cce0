"""Stage 3: spaCy pipeline components that find facts (one module per fact family)."""

from ..lean import import_spacy_without_cli

import_spacy_without_cli()  # before any component imports spaCy (see lean.py)
