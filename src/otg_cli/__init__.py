"""otg: cited answers about trade between Kazakhstan and the Organization of Turkic States."""

__version__ = "0.1.0"
