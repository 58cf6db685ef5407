import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { session, signIn, type Role } from './lib/auth'

const routes: RouteRecordRaw[] = [
  { path: '/', component: () => import('./views/shared/HomeView.vue') },
  { path: '/callback', component: () => import('./views/shared/CallbackView.vue'), meta: { public: true } },
  { path: '/inbox', component: () => import('./views/shared/InboxView.vue') },
  { path: '/enterprises/:id', component: () => import('./views/shared/EnterpriseView.vue'), props: true },
  { path: '/applications/:id', component: () => import('./views/shared/ApplicationRoute.vue'), props: true },
  { path: '/portal/programmes', component: () => import('./views/enterprise/ProgrammesView.vue'), meta: { role: 'ENTERPRISE' } },
  { path: '/portal/applications', component: () => import('./views/enterprise/ApplicationsView.vue'), meta: { role: 'ENTERPRISE' } },
  { path: '/official', component: () => import('./views/official/DashboardView.vue'), meta: { role: 'OFFICIAL' } },
  { path: '/official/queue', component: () => import('./views/official/ReviewQueue.vue'), meta: { role: 'OFFICIAL' } },
  { path: '/official/search', component: () => import('./views/official/SearchView.vue'), meta: { role: 'OFFICIAL' } },
  { path: '/specialist', component: () => import('./views/specialist/PortfolioView.vue'), meta: { role: 'SPECIALIST' } },
  { path: '/specialist/inbox', component: () => import('./views/shared/InboxView.vue'), meta: { role: 'SPECIALIST' } },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!session.user) {
    await signIn(to.fullPath)
    return false
  }
  const role = to.meta.role as Role | undefined
  return !role || session.roles.includes(role) || session.roles.includes('ADMIN') ? true : '/'
})
