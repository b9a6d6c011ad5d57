// In-process wake-up of the ingestion loop: a webhook appended by this process is processed without waiting
// for NOTIFY or the next poll. Other processes learn of it through NOTIFY raw_deliveries (see the migration).
import { EventEmitter } from "node:events";

const g = globalThis as typeof globalThis & { __inboxDeliverySignal?: EventEmitter };
export const deliverySignal: EventEmitter = (g.__inboxDeliverySignal ??= new EventEmitter().setMaxListeners(0));

export function signalDeliveryAppended(): void {
  deliverySignal.emit("appended");
}
