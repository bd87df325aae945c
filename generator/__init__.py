"""La Fabrique: records of the handbook « Fabriquer l'action sociale de demain » turned into a site."""

__version__ = "0.1.0"
