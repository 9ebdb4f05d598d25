/** Real services on a fresh database file in a temp folder. */
import path from 'node:path';
import { createServices, type Services } from '../../src/main/services/services';
import { seedSampleProfile } from './sample-profile';
import { makeTempDir } from './temp-dir';

export function makeServices(): { services: Services; dir: string; cleanup: () => void } {
  const tmp = makeTempDir('thuky-svc-');
  const services = createServices(path.join(tmp.dir, 'thuky.db'));
  seedSampleProfile(services);
  return {
    services,
    dir: tmp.dir,
    cleanup: () => {
      services.close();
      tmp.cleanup();
    },
  };
}
