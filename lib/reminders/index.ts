export * from './schedule';
export {
  createReminders,
  registerReminders,
  REMINDER_TICK_ALARM,
  REMINDER_NEXT_ALARM,
  REMINDER_TICK_MINUTES,
  SENT_STORAGE_KEY,
  NOTIFICATION_PREFIX,
  SUMMARY_NOTIFICATION_PREFIX,
  MAX_SEPARATE_NOTIFICATIONS,
  ICON_PATH,
  type Reminders,
  type RemindersDeps,
} from './alarms';
