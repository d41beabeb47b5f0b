"""Payment plans and promises to pay: schedules, exact to the cent, with no Qt or storage."""
