// The read models moved to their own target so the report writers need no database; everything
// that reads the store sees them as before.
@_exported import VeDichPlanModel
