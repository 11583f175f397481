"""Reported figures: how many were killed, injured, detained... and who says so."""
