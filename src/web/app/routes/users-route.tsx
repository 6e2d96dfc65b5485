import { UsersPage } from '../../users/users-page.tsx';

export default function UsersRoute() {
  return <UsersPage />;
}
