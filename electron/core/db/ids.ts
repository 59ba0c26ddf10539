// Primary keys are UUIDv7: time-ordered, and unique across laptops so merged rows never collide.
import { v7 } from 'uuid';

export function newId(): string {
  return v7();
}
