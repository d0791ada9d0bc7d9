/** A rule broken by an input, on one field, in French: the service turns a list of them into BAD_USER_INPUT. */
export interface Problem {
  field: string;
  message: string;
}

/** Why an action is refused in the current state (INVALID_TRANSITION), with that state. */
export interface Refusal {
  message: string;
  currentStatus: string;
}
