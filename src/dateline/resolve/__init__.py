"""dateline."""
