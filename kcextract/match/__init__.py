"""Stage 3: spaCy pipeline components that find facts (one module per fact family)."""
