"""Collections Desk: a desktop workspace for a clinic's patient-collections specialist."""

__version__ = "0.1.0"
APP_NAME = "CollectionsDesk"
