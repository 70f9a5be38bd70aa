import { ActionTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { activityToZaloMessages, extractMarkdownLinks, requestUserInfoActivity } from '../../../src/channels/zalo/outgoing';

const labels = { chooseOption: 'Dạ, mời anh/chị chọn:', openFile: 'Mở tệp' };
const map = (activity: Partial<Activity>, maxTextLength?: number) =>
  activityToZaloMessages(activity, { labels, ...(maxTextLength ? { maxTextLength } : {}) });

describe('activityToZaloMessages', () => {
  it('sends plain text as a text message', () => {
    expect(map(MessageFactory.text('Dạ, em chào anh/chị ạ.'))).toEqual([{ text: 'Dạ, em chào anh/chị ạ.' }]);
  });

  it('turns suggested actions into a button template of oa.query.show buttons', () => {
    const activity = MessageFactory.suggestedActions(['Tra cứu hồ sơ', 'Gặp cán bộ'], 'Anh/chị cần gì ạ?');
    expect(map(activity)).toEqual([
      {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'button',
            text: 'Anh/chị cần gì ạ?',
            buttons: [
              { type: 'oa.query.show', title: 'Tra cứu hồ sơ', payload: 'Tra cứu hồ sơ' },
              { type: 'oa.query.show', title: 'Gặp cán bộ', payload: 'Gặp cán bộ' },
            ],
          },
        },
      },
    ]);
  });

  it('puts the buttons on the last part of a long text, after the earlier parts', () => {
    const activity = MessageFactory.suggestedActions(['Có', 'Không'], 'aaaa\n\nbbbb\n\ncccc');
    const messages = map(activity, 10);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toEqual({ text: 'aaaa\n\nbbbb' });
    expect(messages[1]).toMatchObject({ attachment: { payload: { template_type: 'button', text: 'cccc' } } });
  });

  it('maps openUrl, imBack values, messageBack text and drops what Zalo cannot show', () => {
    const activity: Partial<Activity> = {
      type: 'message',
      text: 'Chọn ạ',
      suggestedActions: {
        to: [],
        actions: [
          { type: ActionTypes.OpenUrl, title: 'Cổng DVC', value: 'https://dichvucong.gov.vn' },
          { type: ActionTypes.ImBack, title: 'Khai sinh', value: 'thủ tục khai sinh' },
          { type: ActionTypes.MessageBack, title: 'Hủy', text: 'hủy', value: { x: 1 } },
          { type: ActionTypes.Call, title: 'Gọi', value: 'tel:000' },
          { type: ActionTypes.OpenUrl, title: 'Không an toàn', value: 'javascript:alert(1)' },
          { type: 'toString', title: 'Lạ', value: 'x' },
        ],
      },
    };
    expect(map(activity)[0]).toMatchObject({
      attachment: {
        payload: {
          buttons: [
            { type: 'oa.open.url', title: 'Cổng DVC', payload: { url: 'https://dichvucong.gov.vn' } },
            { type: 'oa.query.show', title: 'Khai sinh', payload: 'thủ tục khai sinh' },
            { type: 'oa.query.show', title: 'Hủy', payload: 'hủy' },
          ],
        },
      },
    });
  });

  it('turns markdown links into their label and an oa.open.url button', () => {
    const [message] = map(MessageFactory.text('Nộp trực tuyến tại [Cổng Dịch vụ công](https://dichvucong.gov.vn) ạ.'));
    expect(message).toEqual({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'button',
          text: 'Nộp trực tuyến tại Cổng Dịch vụ công ạ.',
          buttons: [{ type: 'oa.open.url', title: 'Cổng Dịch vụ công', payload: { url: 'https://dichvucong.gov.vn' } }],
        },
      },
    });
  });

  it('renders a hero card as text plus buttons', () => {
    const card = CardFactory.heroCard('Đăng ký khai sinh', 'Thời hạn theo quy định', undefined, [
      { type: ActionTypes.ImBack, title: 'Bắt đầu', value: 'bắt đầu' },
    ]);
    expect(map(MessageFactory.attachment(card))).toEqual([
      {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'button',
            text: 'Đăng ký khai sinh\nThời hạn theo quy định',
            buttons: [{ type: 'oa.query.show', title: 'Bắt đầu', payload: 'bắt đầu' }],
          },
        },
      },
    ]);
  });

  it('sends images as a media template and other files as a link button', () => {
    const activity: Partial<Activity> = {
      type: 'message',
      attachments: [
        { contentType: 'image/png', contentUrl: 'https://example.org/a.png' },
        { contentType: 'application/pdf', contentUrl: 'https://example.org/mau.pdf', name: 'Mẫu tờ khai.pdf' },
      ],
    };
    expect(map(activity)).toEqual([
      { attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'image', url: 'https://example.org/a.png' }] } } },
      {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'button',
            text: 'Mẫu tờ khai.pdf',
            buttons: [{ type: 'oa.open.url', title: 'Mở tệp', payload: { url: 'https://example.org/mau.pdf' } }],
          },
        },
      },
    ]);
  });

  it('uses the "choose" label when there are buttons but no text', () => {
    const activity = MessageFactory.suggestedActions(['Có']);
    expect(map(activity)).toEqual([
      { attachment: { type: 'template', payload: { template_type: 'button', text: labels.chooseOption, buttons: [{ type: 'oa.query.show', title: 'Có', payload: 'Có' }] } } },
    ]);
  });

  it.each(['typing', 'event', 'trace', 'endOfConversation'])('sends nothing for a %s activity', (type) => {
    expect(map({ type, text: 'x' })).toEqual([]);
  });
});

describe('extractMarkdownLinks', () => {
  it('leaves text without links alone', () => {
    expect(extractMarkdownLinks('Giờ làm việc [sáng] (thứ 2)')).toEqual({ text: 'Giờ làm việc [sáng] (thứ 2)', links: [] });
  });
});

describe('requestUserInfoActivity', () => {
  it('adds Zalo’s request_user_info template after the text', () => {
    const activity = requestUserInfoActivity('Dạ, anh/chị cho em xin thông tin liên hệ ạ.', {
      title: 'Thông tin liên hệ cho hồ sơ',
      subtitle: 'Chỉ dùng cho hồ sơ anh/chị đang tạo',
      imageUrl: 'https://example.org/logo.png',
    });
    expect(map(activity)).toEqual([
      { text: 'Dạ, anh/chị cho em xin thông tin liên hệ ạ.' },
      {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'request_user_info',
            elements: [{ title: 'Thông tin liên hệ cho hồ sơ', subtitle: 'Chỉ dùng cho hồ sơ anh/chị đang tạo', image_url: 'https://example.org/logo.png' }],
          },
        },
      },
    ]);
  });

  it('sends no template when the request is incomplete', () => {
    expect(map({ type: 'message', text: 'x', channelData: { zaloRequestUserInfo: { title: 'a' } } })).toEqual([{ text: 'x' }]);
  });
});
