// Package llm is Tidings' optional LLM engine: a client for any
// OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp
// server, LM Studio, OpenAI, OpenRouter) and, on top of it, a writer and a
// question generator that never trust what the model says.
//
// In the flow it stands beside write and ask, and compose calls it through
// an Engine: Engine.Draft tries the model and falls back to the offline
// write.Write on any failure (an error, a timeout, the daily token budget,
// an open circuit breaker, output that fails its checks), and reports which
// engine wrote the draft ("llm:MODEL" or "offline"). Tidings needs no AI
// service; without a configured endpoint the Engine is the offline engine.
//
// The sources reach the model as delimited, untrusted data, never as
// instructions. What comes back is parsed against a strict schema, checked
// for HTML, links and invented source ids, and each sentence passes the
// faithfulness gate (Config.Gate; by default VerifyGate, package verify's
// Check) against the sources it cites: sentences that fail are dropped,
// and a draft that loses too much is refused. Reader questions
// from the model are linted with ask.Lint and answered by ask.Answer from
// the sources, never by the model.
//
// A Client is safe for concurrent use: it caps concurrent calls, retries
// 429 and 5xx answers with exponential backoff and jitter (honouring
// Retry-After), keeps a daily token budget and opens a circuit breaker
// after consecutive failures. Package llmtest is a local test server that
// speaks the chat-completions protocol.
package llm
