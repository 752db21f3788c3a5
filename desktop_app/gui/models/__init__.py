"""Qt item models over the vault's repositories (they read; they never write SQL)."""
