// The outcome line under an admin form: the success text, or the error message.
import type { ActionState } from './actions';
import styles from '../admin.module.css';

export function ActionStatus({ state, id }: { state: ActionState; id: string }) {
  if (!state) return null;
  const failed = 'error' in state;
  return (
    <p id={id} className={`${styles.status} ${failed ? styles.error : styles.ok}`} role={failed ? 'alert' : 'status'}>
      {failed ? state.error.message : state.ok}
    </p>
  );
}
