#!/usr/bin/env node
// A mock WeChat for Sentinel's end-to-end tests.
//
// wechaty-puppet-mock plays WeChat (bot user, residents, an officer, groups); the real
// wechaty-puppet-service PuppetServer serves it over gRPC on loopback, exactly as a paid
// puppet service would serve a real account. A small JSON HTTP API scripts conversations
// and records every message the bot sends. See README.md for the API.
//
// Usage: node harness.mjs [--scenario file.json] [--grpc-port N] [--control-port N] [--token T]
// Prints "HARNESS READY grpc=<port> control=<port>" on stdout once both ports listen.

import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { parseArgs } from 'node:util'

import * as PUPPET from 'wechaty-puppet'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { PuppetServer } from 'wechaty-puppet-service'

// What the mock's `scan` event carries: a placeholder, the bot logs it like a real QR link.
const QR_URL = 'https://login.weixin.qq.com/l/sentinel-e2e-mock'
// WeChat puts U+2005 (four-per-em space) after an @name.
const AT_SEP = '\u2005'
// The shape padlocal-style puppets give a quoted reply's text.
const QUOTE_SEP = '\n- - - - - - - - - - - - - - -\n'

const { values: argv } = parseArgs({
  options: {
    scenario: { type: 'string' },
    'grpc-port': { type: 'string', default: '0' },
    'control-port': { type: 'string', default: '0' },
    token: { type: 'string', default: process.env.HARNESS_TOKEN || 'insecure_sentinel_e2e' },
  },
})

// The server side of a no-TLS puppet service; the client must use an `insecure_` token.
process.env.WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_SERVER = 'true'

const mocker = new mock.Mocker()
const sent = [] // every message the bot sent, in order
const urlLinks = new Map() // messageId -> UrlLinkPayload
const miniPrograms = new Map() // messageId -> MiniProgramPayload
let botId = null
let puppetStarted = false

/** PuppetMock, plus what the stock mock leaves out: mentions and ids on sent text, link payloads. */
class HarnessPuppet extends PuppetMock {
  async messageSendText (conversationId, text, mentionIdList = []) {
    if (!this.isLoggedIn) throw new Error('not logged in')
    const isRoom = mocker.cacheRoomPayload.has(conversationId)
    if (!isRoom && !mocker.cacheContactPayload.has(conversationId)) {
      throw new Error(`unknown conversation ${conversationId}`)
    }
    const payload = {
      id: randomUUID(),
      talkerId: this.currentUserId,
      timestamp: Date.now(),
      type: PUPPET.types.Message.Text,
      text,
      ...(isRoom
        ? { roomId: conversationId, mentionIdList: [...(mentionIdList || [])] }
        : { listenerId: conversationId }),
    }
    emitMessage(payload)
    return payload.id
  }

  async messageUrl (messageId) {
    return urlLinks.get(messageId) || super.messageUrl(messageId)
  }

  async messageMiniProgram (messageId) {
    return miniPrograms.get(messageId) || super.messageMiniProgram(messageId)
  }

  // The stock mock answers a fixed 'mock room topic' here, which would hide the scenario's topic.
  async roomTopic (roomId, topic) {
    if (typeof topic === 'undefined') return mocker.roomPayload(roomId).topic
    mocker.roomPayload(roomId).topic = topic
    await this.dirtyPayload(PUPPET.types.Payload.Room, roomId)
  }
}

const puppet = new HarnessPuppet({ mocker })

// Runs on every puppet start (the Python client stops and starts the puppet on each connect):
// show a QR code first, like a real account, then log the scenario's bot user in.
mocker.use(function sentinelScenario (m) {
  puppetStarted = true
  m.scan(QR_URL, PUPPET.types.ScanStatus.Waiting)
  const timer = setTimeout(loginIfReady, 50)
  return () => {
    clearTimeout(timer)
    puppetStarted = false
  }
})

function loginIfReady () {
  if (puppetStarted && botId && !puppet.isLoggedIn) mocker.login(mocker.ContactMock.load(botId))
}

// Record by watching the mock's own message stream, as a real account would see its sent box.
puppet.on('message', ({ messageId }) => {
  const p = mocker.cacheMessagePayload.get(messageId)
  if (!p || !botId || p.talkerId !== botId) return
  sent.push({
    id: p.id,
    room: p.roomId || null,
    to: p.roomId ? null : p.listenerId || null,
    text: p.text || '',
    mentions: p.mentionIdList || [],
    ts: p.timestamp,
  })
})

function emitMessage (payload) {
  mocker.MessageMock.create(payload)
  puppet.emit('message', { messageId: payload.id })
  return payload.id
}

// ---- scenario ----------------------------------------------------------------------------

function upsertContact ({ id, name }) {
  if (!id) throw new HttpError(400, 'contact needs an id')
  if (mocker.cacheContactPayload.has(id)) {
    if (name) mocker.cacheContactPayload.get(id).name = name
    return mocker.ContactMock.load(id)
  }
  return mocker.createContact({
    id,
    name: name || id,
    alias: undefined,
    avatar: '',
    address: '',
    city: '',
    province: '',
    signature: '',
    phone: [],
    gender: PUPPET.types.ContactGender.Unknown,
    type: PUPPET.types.Contact.Individual,
    friend: true,
  })
}

function upsertRoom ({ id, topic, members = [] }) {
  if (!id) throw new HttpError(400, 'room needs an id')
  const memberIdList = [...new Set([...(botId ? [botId] : []), ...members])]
  memberIdList.forEach(requireContact)
  if (mocker.cacheRoomPayload.has(id)) {
    const payload = mocker.roomPayload(id)
    if (topic) payload.topic = topic
    payload.memberIdList = [...new Set([...payload.memberIdList, ...memberIdList])]
    return
  }
  mocker.createRoom({ id, topic: topic || id, memberIdList, adminIdList: [], ownerId: undefined, avatar: '' })
}

/** Additive: creates what is missing, renames what exists. The bot user can be set only once. */
function applyScenario (scenario) {
  const bot = scenario.bot || { id: 'bot', name: '反诈哨兵' }
  if (botId && bot.id !== botId) throw new HttpError(409, `bot is already ${botId}`)
  upsertContact(bot)
  botId = bot.id
  for (const contact of scenario.contacts || []) upsertContact(contact)
  for (const room of scenario.rooms || []) upsertRoom(room)
  loginIfReady()
  return describe()
}

function describe () {
  return {
    bot: botId,
    loggedIn: puppet.isLoggedIn,
    contacts: [...mocker.cacheContactPayload.values()].map(c => ({ id: c.id, name: c.name })),
    rooms: [...mocker.cacheRoomPayload.values()].map(r => ({ id: r.id, topic: r.topic, members: r.memberIdList })),
  }
}

// ---- scripted actions -----------------------------------------------------------------------

class HttpError extends Error {
  constructor (status, message) {
    super(message)
    this.status = status
  }
}

function requireContact (id) {
  if (!mocker.cacheContactPayload.has(id)) throw new HttpError(404, `no contact ${id}`)
  return mocker.ContactMock.load(id)
}

function requireRoom (id) {
  if (!mocker.cacheRoomPayload.has(id)) throw new HttpError(404, `no room ${id}`)
  return mocker.RoomMock.load(id)
}

/** A message from `from` into `room` (or privately to the bot when room is null). */
function incoming ({ from, room = null }, fields) {
  if (!botId) throw new HttpError(409, 'no scenario yet: POST /setup first')
  requireContact(from)
  if (room) requireRoom(room)
  return emitMessage({
    id: randomUUID(),
    talkerId: from,
    timestamp: Date.now(),
    ...(room ? { roomId: room, mentionIdList: [] } : { listenerId: botId }),
    ...fields,
  })
}

function say (body) {
  const mentions = body.mentions || []
  if (mentions.length && !body.room) throw new HttpError(400, 'mentions need a room')
  let text = String(body.text ?? '')
  // The typed text carries "@name<U+2005>" for each mention, as WeChat shows it.
  const prefix = mentions
    .map(id => requireContact(id).payload.name)
    .filter(name => !text.includes(`@${name}`))
    .map(name => `@${name}${AT_SEP}`)
    .join('')
  text = prefix + text
  if (body.quote) text = `「${body.quote.name}：${body.quote.text}」${QUOTE_SEP}${text}`
  const ts = Date.now() // when the message event is emitted: latency benchmarks measure from here
  const id = incoming(body, { type: PUPPET.types.Message.Text, text, timestamp: ts, ...(body.room ? { mentionIdList: mentions } : {}) })
  return { id, text, ts }
}

function link (body) {
  const payload = { title: body.title || '', description: body.description || '', url: body.url || '', thumbnailUrl: '' }
  const id = randomUUID()
  urlLinks.set(id, payload)
  return { id: incomingWithId(id, body, { type: PUPPET.types.Message.Url, text: payload.title }) }
}

function miniProgram (body) {
  const payload = { appid: body.appid || 'wx_mock', title: body.title || '', description: body.description || '', pagePath: body.pagePath || '' }
  const id = randomUUID()
  miniPrograms.set(id, payload)
  return { id: incomingWithId(id, body, { type: PUPPET.types.Message.MiniProgram, text: payload.title }) }
}

function incomingWithId (id, body, fields) {
  // The payload map must hold the id before the message event reaches the client.
  return incoming(body, { ...fields, id })
}

function join (body) {
  const room = requireRoom(body.room)
  const invitees = (body.contacts || []).map(c => (typeof c === 'string' ? requireContact(c) : upsertContact(c)))
  if (!invitees.length) throw new HttpError(400, 'join needs contacts')
  const inviter = body.inviter ? requireContact(body.inviter) : requireContact(botId)
  room.add(...invitees).by(inviter)
  return { room: room.id, contacts: invitees.map(c => c.id) }
}

// ---- HTTP control API -----------------------------------------------------------------------

const routes = {
  'GET /health': () => ({ ok: true, loggedIn: puppet.isLoggedIn, bot: botId, sent: sent.length }),
  'GET /state': () => describe(),
  'GET /sent': () => sent,
  'POST /reset-sent': () => { sent.length = 0; return { ok: true } },
  'POST /setup': body => applyScenario(body),
  'POST /say': body => say(body),
  'POST /link': body => link(body),
  'POST /mini-program': body => miniProgram(body),
  'POST /join': body => join(body),
}

async function readJson (req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const raw = Buffer.concat(chunks).toString('utf8')
  if (!raw) return {}
  try {
    return JSON.parse(raw)
  } catch {
    throw new HttpError(400, 'body is not JSON')
  }
}

const control = http.createServer(async (req, res) => {
  let status = 200
  let result
  try {
    const route = routes[`${req.method} ${new URL(req.url, 'http://x').pathname}`]
    if (!route) throw new HttpError(404, `no route ${req.method} ${req.url}`)
    result = await route(req.method === 'POST' ? await readJson(req) : {})
  } catch (e) {
    status = e.status || 500
    result = { error: e.message }
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(result))
})

// ---- start / stop ----------------------------------------------------------------------------

/** PuppetServer does not report the port it bound, so a free one is picked here first. */
function freePort () {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

let server
async function main () {
  if (argv.scenario) applyScenario(JSON.parse(readFileSync(argv.scenario, 'utf8')))
  const grpcPort = Number(argv['grpc-port']) || await freePort()
  server = new PuppetServer({ endpoint: `127.0.0.1:${grpcPort}`, puppet, token: argv.token })
  await server.start()
  await new Promise((resolve, reject) => {
    control.once('error', reject)
    control.listen(Number(argv['control-port']) || 0, '127.0.0.1', resolve)
  })
  console.log(`HARNESS READY grpc=${grpcPort} control=${control.address().port}`)
}

let stopping = false
async function shutdown (signal) {
  if (stopping) return
  stopping = true
  console.error(`harness: ${signal}, shutting down`)
  setTimeout(() => process.exit(0), 3000).unref()
  control.close()
  try { await server?.stop() } catch (e) { console.error('harness: server stop:', e.message) }
  try { if (puppetStarted) await puppet.stop() } catch (e) { console.error('harness: puppet stop:', e.message) }
  process.exit(0)
}

process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))

main().catch(e => {
  console.error('harness: failed to start:', e)
  process.exit(1)
})
