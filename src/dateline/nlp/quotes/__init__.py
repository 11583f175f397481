"""Quote annotation (who said what): direct and indirect quotes with speaker and cue verb."""
