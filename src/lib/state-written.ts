// Kept in its own module so the embed's small frame script can import it alone.
/**
 * Fired on window after an island has recorded its state in the address, for scripts that
 * follow the address (the embed's credit link and its parent, the embed builder). The pathway
 * explorer writes the address a frame after the change is painted, so a listener on the click
 * itself would read the old address.
 */
export const stateWrittenEvent = 'explainer:state-written';
