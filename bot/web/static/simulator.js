// 反诈哨兵 simulator page. Plain JS, no build step. All user text goes in with textContent, never innerHTML.
"use strict";

const EXAMPLES = [
  {
    label: "口罩诈骗",
    room: "sim-room-1",
    from: "chen_jingli",
    text: "【口罩现货】N95口罩大量现货，一盒50只只要99元，数量有限！先付款后发货，加微信 kz20200 或打 13912345678 订购",
  },
  { label: "追问的居民", room: "sim-room-1", from: "xiao_liu", text: "怎么买？我要两盒" },
  {
    label: "社区通知（应当安静）",
    room: "sim-room-2",
    from: "wang_jie",
    text: "【社区通知】明天上午9点在小区门口免费发放口罩，每户5个，凭门牌号领取，不收任何费用。",
  },
  {
    label: "受害人求助",
    room: "sim-room-1",
    from: "zhang_ayi",
    text: "我被骗了！昨天在群里买口罩，转了300元到卡号 6222021234567890123，现在联系不上人了",
  },
  { label: "@机器人 提问", room: "sim-room-3", from: "li_dashe", text: "@反诈哨兵 有人说交198元能领进口口罩，是真的吗？" },
  { label: "民警确认案件", contact: "officer_wang", from: "officer_wang", text: "确认 1" },
];

const ERRORS = {
  unknown_member: "没有这个人",
  unknown_room: "没有这个群",
  empty_text: "消息不能为空",
  text_too_long: "消息太长了（最多5000字）",
  bad_sender: "不能以机器人的身份说话",
  bad_json: "请求格式不对",
  internal_error: "机器人处理这条消息时出错了，请看后台日志",
};

const $ = (id) => document.getElementById(id);
const state = { world: null, conv: null, shown: new Set(), unread: {}, quote: null };

function convKey(conv) {
  return conv.type === "room" ? `room:${conv.id}` : `private:${conv.id}`;
}

function entryKey(entry) {
  return entry.room ? `room:${entry.room}` : `private:${entry.contact}`;
}

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function member(id) {
  return state.world.members.find((m) => m.id === id);
}

function room(id) {
  return state.world.rooms.find((r) => r.id === id);
}

async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const resp = await fetch(path, init);
  const data = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(ERRORS[data.error] || data.message || `出错了（${resp.status}）`);
  return data;
}

// ----- sidebar ----------------------------------------------------------------------------------

function convItem(conv, title, subtitle) {
  const li = el("li");
  const btn = el("button", "conv");
  btn.type = "button";
  btn.dataset.key = convKey(conv);
  btn.append(el("span", "conv-title", title));
  if (subtitle) btn.append(el("span", "conv-sub", subtitle));
  btn.append(el("span", "badge"));
  btn.addEventListener("click", () => select(conv));
  li.append(btn);
  return li;
}

function renderSidebar() {
  const w = state.world;
  $("rooms").replaceChildren(
    ...w.rooms.map((r) => convItem({ type: "room", id: r.id }, r.topic, `${r.members.length} 人`)),
  );
  const people = [...w.members].sort((a, b) => (a.role === "officer" ? -1 : 0) - (b.role === "officer" ? -1 : 0));
  $("privates").replaceChildren(
    ...people.map((m) =>
      convItem({ type: "private", id: m.id }, `${m.name} ↔ ${w.bot.name}`, m.role === "officer" ? "民警私信" : ""),
    ),
  );
  markSidebar();
}

function markSidebar() {
  for (const btn of document.querySelectorAll(".conv")) {
    const key = btn.dataset.key;
    btn.classList.toggle("active", state.conv !== null && convKey(state.conv) === key);
    const n = state.unread[key] || 0;
    btn.querySelector(".badge").textContent = n ? String(n) : "";
  }
}

// ----- timeline ---------------------------------------------------------------------------------

function timeOf(ts) {
  return new Date(ts * 1000).toLocaleTimeString("zh-CN", { hour12: false });
}

function bubble(entry) {
  if (entry.kind === "join") return el("li", "system", entry.text);
  const li = el("li", entry.is_bot ? "msg bot" : "msg");
  const head = el("div", "msg-head");
  head.append(el("span", "who", entry.is_bot ? `🛡 ${entry.from_name}` : entry.from_name));
  head.append(el("time", "when", timeOf(entry.ts)));
  li.append(head);
  if (entry.quote) li.append(el("blockquote", "quoted", entry.quote));
  li.append(el("div", "text", entry.text));
  const quoteBtn = el("button", "quote-btn link", "引用");
  quoteBtn.type = "button";
  quoteBtn.addEventListener("click", () => setQuote(entry.text));
  li.append(quoteBtn);
  return li;
}

function append(entry) {
  if (state.shown.has(entry.id)) return;
  state.shown.add(entry.id);
  const list = $("timeline");
  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  list.append(bubble(entry));
  if (nearBottom || entry.is_bot === false) list.scrollTop = list.scrollHeight;
}

async function loadTimeline() {
  if (!state.conv) return;
  const q = state.conv.type === "room" ? `room=${encodeURIComponent(state.conv.id)}` : `contact=${encodeURIComponent(state.conv.id)}`;
  const data = await api("GET", `/api/timeline?${q}`);
  state.shown = new Set();
  $("timeline").replaceChildren();
  data.messages.forEach(append);
  $("timeline").scrollTop = $("timeline").scrollHeight;
}

// ----- choosing a conversation and a speaker ----------------------------------------------------

function option(value, label) {
  const o = el("option", "", label);
  o.value = value;
  return o;
}

function renderSpeakers() {
  const sel = $("speaker");
  const previous = sel.value;
  const conv = state.conv;
  if (conv.type === "private") {
    sel.replaceChildren(option(conv.id, member(conv.id).name));
  } else {
    const r = room(conv.id);
    const people = state.world.members.map((m) =>
      option(m.id, r.members.includes(m.id) ? m.name : `${m.name}（未入群，发言即入群）`),
    );
    sel.replaceChildren(...people);
    if ([...sel.options].some((o) => o.value === previous)) sel.value = previous;
  }
  renderJoinBox();
}

function renderJoinBox() {
  const conv = state.conv;
  const box = $("join-box");
  if (conv.type !== "room") {
    box.hidden = true;
    return;
  }
  const outside = state.world.members.filter((m) => !room(conv.id).members.includes(m.id));
  box.hidden = outside.length === 0;
  $("join-who").replaceChildren(...outside.map((m) => option(m.id, m.name)));
}

async function select(conv) {
  state.conv = conv;
  state.unread[convKey(conv)] = 0;
  $("conv-title").textContent =
    conv.type === "room" ? room(conv.id).topic : `${member(conv.id).name} ↔ ${state.world.bot.name}（私聊）`;
  document.body.classList.remove("show-sidebar");
  renderSpeakers();
  markSidebar();
  setQuote(null);
  showError("");
  try {
    await loadTimeline();
  } catch (err) {
    showError(err.message);
  }
}

function setQuote(text) {
  state.quote = text;
  $("quote-box").hidden = text === null;
  $("quote-text").textContent = text === null ? "" : text.length > 60 ? `${text.slice(0, 60)}…` : text;
  if (text !== null) $("text").focus();
}

function showError(message) {
  $("error").textContent = message;
}

// ----- actions ----------------------------------------------------------------------------------

async function send(event) {
  event.preventDefault();
  const text = $("text").value;
  if (!state.conv || !text.trim()) return;
  const body = {
    from: $("speaker").value,
    room: state.conv.type === "room" ? state.conv.id : null,
    text,
  };
  if (state.quote !== null) body.quote = state.quote;
  $("send").disabled = true;
  showError("");
  try {
    const data = await api("POST", "/api/say", body);
    $("text").value = "";
    setQuote(null);
    [data.message, ...data.replies].filter((e) => e && entryKey(e) === convKey(state.conv)).forEach(append);
  } catch (err) {
    showError(err.message);
  } finally {
    $("send").disabled = false;
  }
}

async function joinRoom() {
  const who = $("join-who").value;
  if (!who || state.conv.type !== "room") return;
  try {
    await api("POST", "/api/join", { room: state.conv.id, contacts: [who] });
    await refreshWorld();
  } catch (err) {
    showError(err.message);
  }
}

async function refreshWorld() {
  state.world = await api("GET", "/api/world");
  renderSidebar();
  if (state.conv) renderSpeakers();
}

function useExample(ex) {
  const conv = ex.room ? { type: "room", id: ex.room } : { type: "private", id: ex.contact };
  select(conv).then(() => {
    $("speaker").value = ex.from;
    $("text").value = ex.text;
    $("text").focus();
  });
}

function renderExamples() {
  $("examples").replaceChildren(
    ...EXAMPLES.map((ex) => {
      const li = el("li");
      const btn = el("button", "example", ex.label);
      btn.type = "button";
      const who = member(ex.from);
      const where = ex.room ? room(ex.room).topic : "私聊";
      btn.title = `${who ? who.name : ex.from} 在「${where}」：${ex.text}`;
      btn.addEventListener("click", () => useExample(ex));
      li.append(btn, el("span", "example-text", `${who ? who.name : ""}：${ex.text}`));
      return li;
    }),
  );
}

// ----- live updates -----------------------------------------------------------------------------

function connect() {
  const source = new EventSource("/api/events");
  source.addEventListener("hello", () => {
    $("status").textContent = "实时";
    $("status").className = "status ok";
    // (Re)connected: catch up on anything missed while away.
    refreshWorld().then(loadTimeline).catch((err) => showError(err.message));
  });
  source.addEventListener("message", (ev) => {
    const entry = JSON.parse(ev.data);
    const key = entryKey(entry);
    if (entry.kind === "join") refreshWorld().catch(() => {});
    if (state.conv && key === convKey(state.conv)) {
      append(entry);
    } else {
      state.unread[key] = (state.unread[key] || 0) + 1;
      markSidebar();
    }
  });
  source.addEventListener("error", () => {
    $("status").textContent = "已断开，重连中…";
    $("status").className = "status bad";
  });
}

async function main() {
  $("composer").addEventListener("submit", send);
  $("text").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && !ev.isComposing) send(ev);
  });
  $("quote-clear").addEventListener("click", () => setQuote(null));
  $("join-btn").addEventListener("click", joinRoom);
  $("menu").addEventListener("click", () => document.body.classList.toggle("show-sidebar"));
  $("hide-hint").addEventListener("click", () => {
    const hidden = $("hint").classList.toggle("collapsed");
    $("hide-hint").textContent = hidden ? "展开说明" : "收起说明";
  });
  try {
    state.world = await api("GET", "/api/world");
  } catch (err) {
    showError(err.message);
    return;
  }
  renderSidebar();
  renderExamples();
  await select({ type: "room", id: state.world.rooms[0].id });
  connect();
}

main();
