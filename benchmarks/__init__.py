"""Benchmarks of the name resolver (see benchmarks/README.md). Not part of the installed package."""
