"""Rules for the letters the desk writes: when each may go out and the dates it gives the patient."""
