import { EntityType } from '../../engine/model/model';
import { AskIntent } from './ask.grammar';

/**
 * The optional model: any server speaking the OpenAI chat-completions API (llama.cpp's llama-server,
 * Ollama, vLLM or a hosted one). It only turns a question outside the grammar into a plan over the same
 * intents; the plan's names are linked like a question's and the answer is composed from the graph's
 * results with their quotes, so the model never writes a sentence of the answer, nor a query.
 */

export interface ModelPlan {
  intent: AskIntent;
  names: string[];
  entityType?: EntityType;
  since?: string;
}

export interface PlanModel {
  plan(question: string): Promise<ModelPlan | undefined>;
}

export interface ModelSettings {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

/** The model set by LLM_BASE_URL and LLM_MODEL (LLM_API_KEY, LLM_TIMEOUT_MS optional); none when either is unset. */
export function modelSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ModelSettings | undefined {
  const baseUrl = env.LLM_BASE_URL?.trim();
  const model = env.LLM_MODEL?.trim();
  if (!baseUrl || !model) return undefined;
  const timeoutMs = Number(env.LLM_TIMEOUT_MS ?? 10_000);
  return { baseUrl: baseUrl.replace(/\/+$/, ''), model, apiKey: env.LLM_API_KEY?.trim() || undefined, timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 10_000 };
}

const INSTRUCTIONS = `You translate a question about a knowledge graph of China-ASEAN science and technology cooperation into a JSON plan.
Reply with one JSON object and nothing else: {"intent": INTENT, "names": [names of entities as the question writes them], "entityType": TYPE or null, "since": "YYYY-MM-DD" or null}.
INTENT is one of: ${Object.values(AskIntent).join(', ')}.
- CONNECTION and COMMON_PARTNERS take two names; SINCE takes no name and a date; IN_PLACE takes one place name and an entityType; every other intent takes one name.
- TYPE is one of: ${Object.values(EntityType).join(', ')}.
If the question asks to change data, asks for an opinion, or is about anything but the graph's entities and their relationships, reply {"intent": null}.`;

/** The first JSON object of a reply, read as a plan; undefined for anything else. */
export function parsePlan(content: string): ModelPlan | undefined {
  const json = /\{[\s\S]*\}/.exec(content)?.[0];
  if (!json) return undefined;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const intent = raw.intent;
  if (typeof intent !== 'string' || !(Object.values(AskIntent) as string[]).includes(intent)) return undefined;
  const names = Array.isArray(raw.names) ? raw.names.filter((name): name is string => typeof name === 'string' && name.trim() !== '').slice(0, 2) : [];
  const entityType = (Object.values(EntityType) as unknown[]).includes(raw.entityType) ? (raw.entityType as EntityType) : undefined;
  const since = typeof raw.since === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.since) ? raw.since : undefined;
  return { intent: intent as AskIntent, names, entityType, since };
}

/** A plan model over the chat-completions API; a failed or unreadable reply is no plan. */
export function chatCompletionsModel(settings: ModelSettings): PlanModel {
  return {
    async plan(question) {
      try {
        const response = await fetch(`${settings.baseUrl}/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
          body: JSON.stringify({
            model: settings.model,
            temperature: 0,
            messages: [
              { role: 'system', content: INSTRUCTIONS },
              { role: 'user', content: question },
            ],
          }),
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
        if (!response.ok) return undefined;
        const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
        const content = body.choices?.[0]?.message?.content;
        return typeof content === 'string' ? parsePlan(content) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
