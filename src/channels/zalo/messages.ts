/**
 * What the Zalo channel itself says (the dialogs say the rest). The lead may pass overrides taken
 * from data/responses.vi.json. `officer*` texts are shown to officers, not to citizens.
 */
export interface ZaloMessages {
  readonly attachmentSaved: string;
  readonly attachmentNoDossier: string;
  readonly reprompt: string;
  readonly contactInfoSaved: string;
  readonly turnError: string;
  readonly chooseOption: string;
  readonly openFile: string;
  readonly officerUnfollowed: string;
  readonly officerUndeliverable: Readonly<Record<string, string>>;
  /** `{code}` is replaced by Zalo's error code. */
  readonly officerSendFailed: string;
}

export const DEFAULT_ZALO_MESSAGES: ZaloMessages = Object.freeze({
  attachmentSaved: 'Dạ, em đã nhận tệp và đính kèm vào hồ sơ anh/chị đang tạo ạ.',
  attachmentNoDossier:
    'Dạ, em đã nhận được tệp, nhưng anh/chị chưa có hồ sơ nào đang tạo nên em chưa lưu tệp này ạ. ' +
    'Khi tạo hồ sơ, anh/chị vui lòng gửi lại tệp giúp em nhé.',
  reprompt: 'Dạ, em chỉ đọc được tin nhắn chữ ạ. Anh/chị vui lòng nhập câu hỏi bằng chữ giúp em nhé.',
  contactInfoSaved: 'Dạ, em đã ghi nhận thông tin liên hệ anh/chị chia sẻ vào hồ sơ đang tạo ạ.',
  turnError:
    'Dạ, hệ thống đang gặp sự cố nên em chưa trả lời được ạ. Thông tin anh/chị đã nhập vẫn được giữ; ' +
    'anh/chị vui lòng nhắn lại sau ít phút giúp em ạ.',
  chooseOption: 'Dạ, mời anh/chị chọn:',
  openFile: 'Mở tệp',
  officerUnfollowed: 'Người dân đã bỏ quan tâm Zalo OA nên không gửi được thông báo qua Zalo.',
  officerUndeliverable: Object.freeze({
    '-230': 'Người dân không tương tác với Zalo OA trong 7 ngày qua nên Zalo không cho gửi tin (mã -230).',
    '-213': 'Người dân chưa quan tâm (follow) Zalo OA nên Zalo không cho gửi tin (mã -213).',
    '-227': 'Tài khoản Zalo của người dân bị khóa hoặc không hoạt động quá 45 ngày (mã -227).',
  }),
  officerSendFailed: 'Không gửi được tin qua Zalo (mã lỗi {code}); hệ thống sẽ không tự gửi lại.',
});
