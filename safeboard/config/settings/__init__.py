"""Settings per environment: base (shared), development, test and production.

``SAFEBOARD_ENV`` chooses one (development when unset); ``safeboard.config.env``
holds the single place that reads the process environment.
"""
