// Slack emoji shortcodes → Unicode, for the codes the app and people commonly use. A full table
// (thousands of codes) is not worth shipping for a sandbox; unknown codes stay as `:code:` like Slack
// shows custom emoji it cannot find.
export const EMOJI = {
  '+1': '👍', '-1': '👎', thumbsup: '👍', thumbsdown: '👎', arrows_counterclockwise: '🔄', mag: '🔍',
  mag_right: '🔎', chart_with_upwards_trend: '📈', chart_with_downwards_trend: '📉', bar_chart: '📊',
  robot_face: '🤖', page_facing_up: '📄', page_with_curl: '📃', warning: '⚠️', hourglass_flowing_sand: '⏳',
  hourglass: '⌛', white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', no_entry: '⛔',
  no_entry_sign: '🚫', lock: '🔒', unlock: '🔓', key: '🔑', moneybag: '💰', money_with_wings: '💸',
  dollar: '💵', euro: '💶', pound: '💷', calendar: '📆', date: '📅', spiral_calendar_pad: '🗓️',
  tada: '🎉', bulb: '💡', information_source: 'ℹ️', point_right: '👉', point_down: '👇', rocket: '🚀',
  eyes: '👀', memo: '📝', pencil: '📝', pencil2: '✏️', paperclip: '📎', frame_with_picture: '🖼️',
  camera: '📷', car: '🚗', red_car: '🚗', blue_car: '🚙', racing_car: '🏎️', zap: '⚡', battery: '🔋',
  electric_plug: '🔌', red_circle: '🔴', large_green_circle: '🟢', large_yellow_circle: '🟡',
  large_blue_circle: '🔵', green_circle: '🟢', yellow_circle: '🟡', white_circle: '⚪', black_circle: '⚫',
  arrow_up: '⬆️', arrow_down: '⬇️', arrow_right: '➡️', arrow_left: '⬅️', arrow_upper_right: '↗️',
  arrow_lower_right: '↘️', small_red_triangle: '🔺', small_red_triangle_down: '🔻', construction: '🚧',
  gear: '⚙️', wrench: '🔧', hammer_and_wrench: '🛠️', sparkles: '✨', star: '⭐', fire: '🔥',
  question: '❓', grey_question: '❔', exclamation: '❗', heavy_plus_sign: '➕', heavy_minus_sign: '➖',
  wave: '👋', smile: '😄', slightly_smiling_face: '🙂', thinking_face: '🤔', raised_hands: '🙌',
  clap: '👏', muscle: '💪', pray: '🙏', ok_hand: '👌', heart: '❤️', speech_balloon: '💬',
  thought_balloon: '💭', books: '📚', book: '📖', clipboard: '📋', file_folder: '📁', open_file_folder: '📂',
  card_index_dividers: '🗂️', link: '🔗', pushpin: '📌', round_pushpin: '📍', triangular_flag_on_post: '🚩',
  dart: '🎯', trophy: '🏆', medal: '🏅', crystal_ball: '🔮', scales: '⚖️', abacus: '🧮', 1234: '🔢',
  tv: '📺', radio: '📻', newspaper: '📰', iphone: '📱', computer: '💻', desktop_computer: '🖥️',
  movie_camera: '🎥', film_frames: '🎞️', video_camera: '📹', loudspeaker: '📢', mega: '📣', email: '📧',
  envelope: '✉️', globe_with_meridians: '🌐', earth_africa: '🌍', world_map: '🗺️', sunny: '☀️',
  cloud: '☁️', umbrella: '☂️', snowflake: '❄️', thermometer: '🌡️', busts_in_silhouette: '👥',
  bust_in_silhouette: '👤', office: '🏢', shopping_trolley: '🛒', receipt: '🧾', handshake: '🤝',
  stopwatch: '⏱️', alarm_clock: '⏰', timer_clock: '⏲️', repeat: '🔁', recycle: '♻️', new: '🆕',
  up: '🆙', cool: '🆒', sos: '🆘', checkered_flag: '🏁', test_tube: '🧪', microscope: '🔬',
  building_construction: '🏗️', package: '📦', inbox_tray: '📥', outbox_tray: '📤', floppy_disk: '💾',
  trash: '🗑️', wastebasket: '🗑️', leftwards_arrow_with_hook: '↩️', arrows_clockwise: '🔃',
  heavy_dollar_sign: '💲', chart: '💹', currency_exchange: '💱', ballot_box_with_check: '☑️',
  white_medium_square: '◻️', black_medium_square: '◼️', small_blue_diamond: '🔹', small_orange_diamond: '🔸',
  large_blue_diamond: '🔷', large_orange_diamond: '🔶', speaker: '🔈', mute: '🔇', bell: '🔔',
  no_bell: '🔕', bookmark: '🔖', label: '🏷️', crown: '👑', gem: '💎', shield: '🛡️', mailbox: '📫',
  face_with_monocle: '🧐', nerd_face: '🤓', sweat_smile: '😅', joy: '😂', grinning: '😀',
  confused: '😕', disappointed: '😞', slightly_frowning_face: '🙁', see_no_evil: '🙈',
};

/** The emoji for a shortcode (`thumbsup`, `:thumbsup:`), or undefined. Skin tones are ignored. */
export function emojiFor(code) {
  const name = String(code).replace(/^:|:$/g, '').replace(/::skin-tone-\d$/, '');
  return Object.prototype.hasOwnProperty.call(EMOJI, name) ? EMOJI[name] : undefined;
}
