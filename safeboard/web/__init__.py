"""The site's frame: layout, navigation, home pages, search and error pages."""
