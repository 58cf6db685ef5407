import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../lib/api'
import { displayName } from '../lib/auth'
import { districtDate } from '../lib/dates'
import { i18n, setLocale } from '../lib/i18n'
import { SseParser } from '../lib/sse'
import type { DashboardRow, Ladder, Notification } from '../lib/types'
import IndicatorProgress from './IndicatorProgress.vue'
import InboxBadge from './InboxBadge.vue'
import InboxList from './InboxList.vue'
import LadderTimeline from './LadderTimeline.vue'
import ProblemAlert from './ProblemAlert.vue'
import ScorePanel from './ScorePanel.vue'

const global = { plugins: [i18n] }

describe('ScorePanel', () => {
  it('shows the score against the pass mark, the verdict and the gaps, and follows new answers', async () => {
    setLocale('zh-CN')
    const wrapper = mount(ScorePanel, {
      global,
      props: { assessment: { eligible: false, score: 48, passMark: 60, gaps: ['研发投入占比还差 1.2%'], at: '2026-11-28T10:00:00Z' } },
    })
    expect(wrapper.find('.score-value').text()).toBe('48')
    expect(wrapper.text()).toContain('合格线 60')
    expect(wrapper.find('.verdict').text()).toBe('尚未达到认定条件')
    expect(wrapper.find('.gaps').text()).toContain('研发投入占比还差 1.2%')
    expect(wrapper.find('[role=progressbar]').attributes('aria-valuenow')).toBe('80')
    await wrapper.setProps({ assessment: { eligible: true, score: 72, passMark: 60, gaps: [], at: '2026-11-28T10:01:00Z' } })
    expect(wrapper.find('.score-value').text()).toBe('72')
    expect(wrapper.find('.verdict').text()).toBe('达到认定条件')
    expect(wrapper.find('.gaps').exists()).toBe(false)
  })
})

describe('LadderTimeline', () => {
  const ladder: Ladder = {
    enterpriseId: '91310116MA1J8K3L22',
    rung: 'SPECIALIZED_NEW',
    rungLevel: 2,
    holdings: [
      { certificateId: 'c1', programme: 'INNOVATIVE_SME', level: 'PROVINCIAL', number: 'IS-1', validFrom: '2022-01-01', validUntil: '2025-01-31', ruleVersion: 'x', announcedOn: null, status: 'EXPIRED', reason: null },
      { certificateId: 'c2', programme: 'SPECIALIZED_NEW', level: 'MUNICIPAL', number: 'SN-7', validFrom: '2024-01-01', validUntil: '2027-01-31', ruleVersion: 'x', announcedOn: null, status: 'ACTIVE', reason: null },
    ],
    history: [
      { rung: 'INNOVATIVE_SME', enteredAt: '2022-01-01T00:00:00Z', exitedAt: '2024-01-01T00:00:00Z', daysInRung: 730, cause: 'CERTIFIED', certificateId: 'c1' },
      { rung: 'SPECIALIZED_NEW', enteredAt: '2024-01-01T00:00:00Z', exitedAt: null, daysInRung: 1062, cause: 'CERTIFIED', certificateId: 'c2' },
    ],
  }
  it('lists rungs newest first, marks the current one and flags a certificate expiring within 90 days', () => {
    const wrapper = mount(LadderTimeline, { global, props: { ladder, today: '2026-11-28' } })
    const stages = wrapper.findAll('.timeline li')
    expect(stages).toHaveLength(2)
    expect(stages[0].classes()).toContain('current')
    expect(stages[0].text()).toContain('专精特新')
    expect(stages[1].text()).toContain('730 天')
    const certificates = wrapper.findAll('.certificates li')
    expect(certificates[0].text()).toContain('2027-01-31')
    expect(certificates[0].text()).toContain('即将到期')
    expect(certificates[1].attributes('data-status')).toBe('EXPIRED')
    expect(certificates[1].text()).not.toContain('即将到期')
  })
})

describe('inbox', () => {
  const item = (id: string, read: boolean): Notification => ({
    id, category: 'APPLICATION', priority: 'NORMAL', title: `title ${id}`, body: `body ${id}`, link: `/applications/${id}`,
    eventType: 'certification.ApplicationSubmitted', createdAt: '2026-11-28T10:00:00Z', read, archived: false,
  })
  it('badge shows the unread count, caps it and hides at zero', async () => {
    const wrapper = mount(InboxBadge, { global, props: { count: 3 } })
    expect(wrapper.text()).toBe('3')
    expect(wrapper.attributes('aria-label')).toBe('3 条未读')
    await wrapper.setProps({ count: 150 })
    expect(wrapper.text()).toBe('99+')
    await wrapper.setProps({ count: 0 })
    expect(wrapper.find('.badge').exists()).toBe(false)
  })
  it('list marks unread items and emits open, read and archive', async () => {
    const items = [item('a', false), item('b', true)]
    const wrapper = mount(InboxList, { global, props: { items } })
    const rows = wrapper.findAll('li')
    expect(rows[0].classes()).toContain('unread')
    expect(rows[1].classes()).not.toContain('unread')
    await rows[0].findAll('button')[0].trigger('click')
    await rows[0].findAll('button')[1].trigger('click')
    await rows[1].findAll('button')[2].trigger('click')
    expect(wrapper.emitted('open')?.[0]).toEqual([items[0]])
    expect(wrapper.emitted('read')?.[0]).toEqual([items[0], true])
    expect(wrapper.emitted('archive')?.[0]).toEqual([items[1]])
  })
  it('parses notification events split across chunks and skips keep-alives', () => {
    const parser = new SseParser()
    expect(parser.push('event: ready\ndata: {}\n\n: keep-alive\n\nevent: notif')).toEqual([{ event: 'ready', id: null, data: '{}' }])
    expect(parser.push('ication\nid: n1\ndata: {"id":"n1"}\n\n')).toEqual([{ event: 'notification', id: 'n1', data: '{"id":"n1"}' }])
  })
})

describe('IndicatorProgress', () => {
  it('draws achieved against target with projection, forecast and the on-track flag', () => {
    const row = {
      cohort: { indicator: 'SPECIALIZED_NEW', title: '专精特新企业', measure: 'NEW', period: '2026-2030', from: '2026-01-01', to: '2030-12-31', asOf: '2026-11-28', gross: 30, net: 28, stock: 0, byYear: [], byTown: [], byCluster: [], bySpecialist: [] },
      progress: { target: 100, achieved: 30, percent: 30, expectedByNow: 18.2, projection: 164.6, status: 'AT_RISK' },
      pipelineForecast: 4.4, pipelines: [], candidates: 'unavailable',
    } as unknown as DashboardRow
    const wrapper = mount(IndicatorProgress, { global, props: { row } })
    expect(wrapper.find('.achieved').text()).toBe('已完成 30')
    expect(wrapper.text()).toContain('目标 100')
    expect(wrapper.text()).toContain('预计 165')
    expect(wrapper.text()).toContain('在途预测 +4')
    expect(wrapper.find('.tag').text()).toBe('存在风险')
    expect(wrapper.find('[role=progressbar]').attributes('aria-valuemax')).toBe('100')
  })
})

describe('ProblemAlert', () => {
  it('names the unavailable service of a gateway 503 and offers a retry', async () => {
    setLocale('en')
    const error = new ApiError({ status: 503, title: 'certification-service unavailable', detail: 'The gateway could not reach the service.', service: 'certification-service', requestId: 'r-1' })
    const wrapper = mount(ProblemAlert, { global, props: { error } })
    expect(wrapper.find('.problem-title').text()).toBe('certification-service is unavailable')
    expect(wrapper.text()).toContain('The gateway could not reach the service.')
    expect(wrapper.text()).toContain('Request id r-1')
    await wrapper.find('button').trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
    setLocale('zh-CN')
  })
  it('lists validation errors by field', () => {
    const error = new ApiError({ status: 400, title: 'Bad input', errors: [{ field: 'contacts[0].email', rule: 'email', message: 'not an email' }] })
    const wrapper = mount(ProblemAlert, { global, props: { error } })
    expect(wrapper.find('.problem-title').text()).toBe('Bad input')
    expect(wrapper.find('.problem-errors').text()).toBe('contacts[0].email: not an email')
  })
})

describe('displayName', () => {
  it('puts a Chinese family name first and keeps a Latin name as Keycloak gives it', () => {
    expect(displayName({ given_name: '晓燕', family_name: '李', name: '晓燕 李' })).toBe('李晓燕')
    expect(displayName({ given_name: 'Ada', family_name: 'Lovelace', name: 'Ada Lovelace' })).toBe('Ada Lovelace')
    expect(displayName({ preferred_username: 'official' })).toBe('official')
  })
})

describe('districtDate', () => {
  it('is the Shanghai date, a day ahead of UTC in the evening', () => {
    expect(districtDate(new Date('2026-11-28T16:30:00Z'))).toBe('2026-11-29')
    expect(districtDate(new Date('2026-11-28T15:59:00Z'))).toBe('2026-11-28')
  })
})
