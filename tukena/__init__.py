"""tukena: a directory of low-threshold integration-support activities in Finland."""

__version__ = "0.1.0"
