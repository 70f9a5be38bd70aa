import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { ProactiveBotAdapter } from './proactiveAdapter';

type Logic = (context: TurnContext) => Promise<void>;

/** Renders one bot activity as terminal text: the message, then suggested actions as numbered choices. */
export function renderForTerminal(activity: Partial<Activity>): string {
  const lines: string[] = [];
  if (activity.text) lines.push(activity.text);
  for (const attachment of activity.attachments ?? []) {
    const content = attachment.content as { title?: string; text?: string; buttons?: Array<{ title?: string }> } | undefined;
    if (content?.title) lines.push(`【${content.title}】`);
    if (content?.text) lines.push(content.text);
    for (const b of content?.buttons ?? []) if (b.title) lines.push(`  • ${b.title}`);
  }
  const actions = activity.suggestedActions?.actions ?? [];
  actions.forEach((a, i) => lines.push(`  [${i + 1}] ${a.title ?? String(a.value)}`));
  return lines.join('\n');
}

/**
 * The bot in a terminal, for staff and demos (`npm run chat`). Typing the number of a suggested action
 * sends that action's value.
 */
export class TerminalAdapter extends ProactiveBotAdapter {
  private lastActions: string[] = [];
  private readonly reference: Partial<ConversationReference>;

  constructor(private readonly write: (text: string) => void, userId = 'terminal-user') {
    super();
    this.reference = {
      channelId: 'terminal',
      serviceUrl: '',
      conversation: { id: `terminal-${process.pid}`, isGroup: false, conversationType: 'personal', name: '' },
      user: { id: userId, name: 'Người dùng' },
      bot: { id: 'tro-ly-mot-cua', name: 'Trợ lý Một cửa' },
    };
  }

  async start(logic: Logic): Promise<void> {
    await this.receive({ type: ActivityTypes.ConversationUpdate, membersAdded: [this.reference.user!] }, logic);
  }

  async receiveText(input: string, logic: Logic): Promise<void> {
    const n = Number(input.trim());
    const text = Number.isInteger(n) && n >= 1 && n <= this.lastActions.length ? this.lastActions[n - 1]! : input;
    await this.receive({ type: ActivityTypes.Message, text }, logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const a of activities) {
      if (a.type !== ActivityTypes.Message) continue;
      const actions = a.suggestedActions?.actions ?? [];
      if (actions.length) this.lastActions = actions.map((x) => String(x.value ?? x.title));
      this.write(renderForTerminal(a));
    }
    return activities.map((_, i) => ({ id: `t-${Date.now()}-${i}` }));
  }

  async updateActivity(): Promise<void> {}

  async deleteActivity(): Promise<void> {}

  private async receive(partial: Partial<Activity>, logic: Logic): Promise<void> {
    const activity = TurnContext.applyConversationReference({ ...partial, locale: 'vi-VN', timestamp: new Date() }, this.reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
