// Shapes of the API answers (enterprise-service, certification-service, notification-service READMEs and controllers).

export interface Contact { userId: string | null; name: string | null; role: string | null; phone: string | null; email: string | null }
export interface Enterprise {
  id: string; creditCode: string; legalName: string; shortName: string | null; registrationDate: string | null
  town: string | null; park: string | null; cluster: string | null; subSector: string | null
  aboveScale: boolean; aboveScaleSince: string | null; digitallyTransformed: boolean; digitallyTransformedSince: string | null
  contacts: Contact[]; specialist: { subject: string | null; username: string | null } | null
  rung: string; activeProgrammes: string[]; registeredAt: string; updatedAt: string
}
export interface Page<T> { items: T[]; page: number; size: number; total: number; totalPages: number }
export interface YearMetrics { year: number; figures: Record<string, unknown>; source: string; reportedAt: string; reportedBy: string }
export interface MetricsView { enterpriseId: string; years: YearMetrics[]; history: unknown[] }
export interface Holding {
  certificateId: string; programme: string; level: string | null; number: string | null; validFrom: string | null
  validUntil: string | null; ruleVersion: string | null; announcedOn: string | null; status: 'ACTIVE' | 'EXPIRED' | 'REVOKED'; reason: string | null
}
export interface Stage { rung: string; enteredAt: string; exitedAt: string | null; daysInRung: number; cause: string | null; certificateId: string | null }
export interface Ladder { enterpriseId: string; rung: string; rungLevel: number; holdings: Holding[]; history: Stage[] }
export interface Window { id: string; batch: string; opensOn: string; closesOn: string }
export interface Programme { code: string; name: string; level: string; authority: string; rung: number | null; higherReview: boolean; incomplete: boolean; missing: string[]; ruleVersions: { id: string }[]; windows: Window[] }
export interface Gap { id: string; description: string; shortBy: number | null }
export interface Evaluation {
  programme: string; ruleVersion: string; eligible: boolean; score: number | null; passMark: number | null
  dimensions: { name: string; points: number; max: number; minimum: number | null }[]
  conditions: { id: string; description: string; met: boolean; actual: string | null; required: string | null }[]
  gaps: Gap[]; incomplete: boolean; missing: string[]
}
export interface SelfAssessment { eligible: boolean; score: number | null; passMark: number | null; gaps: string[]; at: string }
export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'DISTRICT_REVIEW' | 'RETURNED' | 'HIGHER_REVIEW' | 'PUBLICITY' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN'
export interface Application {
  id: string; enterpriseId: string; enterpriseName: string | null; programme: string; ruleVersion: string; year: number
  status: ApplicationStatus; metrics: Record<string, number | null>; answers: Record<string, string>; selfAssessment: SelfAssessment | null
  windowId: string | null; authenticityCommitmentSigned: boolean; submittedAt: string | null; publicityEndsOn: string | null
  announcedOn: string | null; certificateId: string | null; openedAt: string; updatedAt: string; version: number
}
/** An application waiting on review, as GET /api/applications/queue lists it. */
export interface QueueItem { application: Application; enteredOn: string; dueOn: string; overdue: boolean }
export interface Transition { from: ApplicationStatus | null; to: ApplicationStatus; actor: { subject: string; name: string | null; role: string } | null; at: string; comment: string | null }
export interface Material { id: string; applicationId: string; kind: string; version: number; type: string; size: number; originalName: string | null; uploadedBy: string; uploadedAt: string }
export interface Notification { id: string; category: string; priority: string; title: string; body: string; link: string | null; eventType: string; createdAt: string; read: boolean; archived: boolean }
export interface Inbox { items: Notification[]; page: number; size: number; totalItems: number; unreadCount: number }
export interface Progress { target: number | null; achieved: number; percent: number | null; expectedByNow: number | null; projection: number | null; status: 'ON_TRACK' | 'AT_RISK' | 'NO_TARGET' }
export interface Cell { key: string; gross: number; net: number }
export interface Cohort { indicator: string; title: string; measure: string; period: string; from: string; to: string; asOf: string; gross: number; net: number; stock: number; byYear: Cell[]; byTown: Cell[]; byCluster: Cell[]; bySpecialist: Cell[] }
export interface Pipeline {
  programme: string; inFlight: Record<string, number>; passRate: Record<string, number>; forecast: number
  applied: number; recommended: number; approved: number
}
/** Firms that meet a programme's criteria but neither hold it nor applied (enterprise-service asks certification-service). */
export interface Candidates { status: 'available' | 'unavailable'; byProgramme?: Record<string, number>; total?: number; reason?: string }
export interface DashboardRow { cohort: Cohort; progress: Progress; pipelineForecast: number; pipelines: Pipeline[]; candidates: Candidates }
