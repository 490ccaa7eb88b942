// Who is acting, as the services see it: the signed-in user and, for workspace-scoped work, their
// membership. Procedures build it from the tRPC context; services never read the request.
import type { Discipline, Role } from "../domain/roles";

export interface ActorUser {
  id: string;
  email: string;
  name: string;
}

export interface ActorMembership {
  id: string;
  workspaceId: string;
  userId: string;
  role: Role;
  discipline: Discipline;
}

export interface Actor {
  user: ActorUser;
}

export interface MemberActor extends Actor {
  membership: ActorMembership;
}
