"""Imported by the ingest workers' forkserver (``ingest.extract_all``): builds the pipeline once there.

The spaCy components with their gazetteers and the word segmenter's weight tables are then in memory
before any worker forks, so each worker starts with them (shared copy-on-write) instead of building
them itself, which took about a second of each worker's start-up.
"""
from .ingest import warm_up

warm_up()
