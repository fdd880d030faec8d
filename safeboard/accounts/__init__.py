"""User accounts: signing in, two-factor sign-in, password reset, and the
services that create users with their roles."""
