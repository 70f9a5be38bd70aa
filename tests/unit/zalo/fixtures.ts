/**
 * Webhook payloads in the shapes the reference (zalo-oa.md) gives; ids are long strings as Zalo
 * sends them. Not captured from production: replace with captured payloads when the OA is live.
 */
export const OA_ID = '4368496502530091877';
export const APP_ID = '1234567890123456789';
export const USER_ID = '8756287263669629130';

export const textEvent = {
  event_name: 'user_send_text',
  app_id: APP_ID,
  sender: { id: USER_ID },
  recipient: { id: OA_ID },
  message: { text: 'Thủ tục khai sinh cần giấy tờ gì?', msg_id: '5b3a9a0b3c36f468ad27' },
  timestamp: '1699003881354',
  user_id_by_app: '552177279717587730',
};

export const imageEvent = {
  event_name: 'user_send_image',
  app_id: APP_ID,
  sender: { id: USER_ID },
  recipient: { id: OA_ID },
  message: {
    msg_id: '9f1cd22b0a5f4e7e0c11',
    text: 'CCCD mặt trước',
    attachments: [{ type: 'image', payload: { url: 'https://zalo.example/img/abc.jpg', thumbnail: 'https://zalo.example/img/abc-thumb.jpg' } }],
  },
  timestamp: '1699003900000',
};

export const fileEvent = {
  event_name: 'user_send_file',
  app_id: APP_ID,
  sender: { id: USER_ID },
  recipient: { id: OA_ID },
  message: {
    msg_id: 'a0c1d22b0a5f4e7e0c12',
    attachments: [{ type: 'file', payload: { url: 'https://zalo.example/f/giay-to.pdf', name: 'giay-to.pdf', size: '204800', type: 'pdf' } }],
  },
  timestamp: '1699003910000',
};

export const stickerEvent = {
  event_name: 'user_send_sticker',
  app_id: APP_ID,
  sender: { id: USER_ID },
  recipient: { id: OA_ID },
  message: { msg_id: 'b1d2e33c1b6f5f8f1d13', attachments: [{ type: 'sticker', payload: { id: 'st-1', url: 'https://zalo.example/st/1.png' } }] },
  timestamp: '1699003920000',
};

export const followEvent = {
  event_name: 'follow',
  app_id: APP_ID,
  oa_id: OA_ID,
  follower: { id: USER_ID },
  source: 'oa_profile',
  timestamp: '1699003800000',
  user_id_by_app: '552177279717587730',
};

export const unfollowEvent = { ...followEvent, event_name: 'unfollow', timestamp: '1699009999000' };

export const adminEchoEvent = {
  event_name: 'oa_send_text',
  app_id: APP_ID,
  sender: { id: OA_ID, admin_id: '3316529374432101' },
  recipient: { id: USER_ID },
  message: { text: 'Chào anh, tôi là cán bộ một cửa.', msg_id: 'c2e3f44d2c7a6a9a2e14' },
  timestamp: '1699004000000',
};

export const oaEchoEvent = {
  event_name: 'oa_send_text',
  app_id: APP_ID,
  sender: { id: OA_ID },
  recipient: { id: USER_ID },
  message: { text: 'Bạn vừa nói: …', msg_id: 'd3f4a55e3d8b7bab3f15' },
  timestamp: '1699004000100',
};

export const submitInfoEvent = {
  event_name: 'user_submit_info',
  app_id: APP_ID,
  sender: { id: USER_ID },
  recipient: { id: OA_ID },
  info: {
    name: 'Nguyễn Văn An',
    phone: '0900000000',
    user_dob: '01/02/1990',
    gender: 'male',
    full_address: { address: 'Xóm Bản Quyên', ward: 'Xã Định Hóa', city: 'Thái Nguyên' },
  },
  timestamp: '1699004100000',
};

export const submitInfoFlatEvent = {
  ...submitInfoEvent,
  info: { name: 'Nguyễn Văn An', phone: '0900000000', address: 'Xóm Bản Quyên', ward: 'Xã Định Hóa', district: '', city: 'Thái Nguyên' },
};

export const seenEvent = {
  event_name: 'user_seen_message',
  app_id: APP_ID,
  sender: { id: USER_ID },
  recipient: { id: OA_ID },
  message: { msg_ids: ['5b3a9a0b3c36f468ad27'] },
  timestamp: '1699004200000',
};
