"""Financial assistance: the federal poverty guidelines, the clinic's sliding scale and the screening."""
