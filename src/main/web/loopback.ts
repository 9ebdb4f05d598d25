/** The harness listens on loopback only: anything else would expose the database to the network. */
import { AppError } from '../../shared/errors/app-error';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

export function assertLoopbackHost(host: string): void {
  if (!LOOPBACK_HOSTS.has(host) && !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) {
    throw new AppError('forbidden', `Máy chủ thử nghiệm chỉ được mở trên 127.0.0.1 (loopback), không mở trên "${host}"`, { where: '--host' });
  }
}
