"""Financial assistance: screening the patient's household against the clinic's sliding scale."""
