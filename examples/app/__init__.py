"""To-do service."""
