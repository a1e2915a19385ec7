import { registerError } from "../../chain/errors.ts";

/** x/upgrade's errors (x/upgrade/types/errors.go), codespace `upgrade`. */
export const upgradeErrors = {
  /** The SDK's ErrInvalidRequest use for a plan in the past, kept as its own code here. */
  scheduledInPast: registerError("upgrade", 2, "upgrade cannot be scheduled in the past"),
  completed: registerError("upgrade", 3, "upgrade has already been completed"),
  noPlan: registerError("upgrade", 4, "upgrade plan not found"),
  invalidPlan: registerError("upgrade", 8, "invalid upgrade plan"),
};
