"""Hearth: a private, offline casebook for people who welcome refugee and migrant families."""

__version__ = "0.1.0"
