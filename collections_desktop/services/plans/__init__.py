"""Payment plans and promises: quotes, policy, tracking, views and the signed agreements."""
