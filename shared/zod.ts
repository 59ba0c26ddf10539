// The one place that imports zod. jitless keeps zod from probing `new Function`, which a strict CSP forbids.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
