"""Data models. (Misspelled: this file should be __init__.py.)"""
