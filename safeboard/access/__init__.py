"""Who may see what: the roles, their scoped permissions and the one
"visible to this user" selector that every list and detail goes through."""
