// An answer's explanation saved as the app saves it (core saveAnswer needs a live guide; the bench writes directly).
import type { Author } from '../../../electron/core/db/changes';
import { recordFieldChanges } from '../../../electron/core/db/changes';
import type { HybridClock } from '../../../electron/core/db/clock';
import type { WritableDb } from '../../../electron/core/db/file';

export function saveAnswerText(db: WritableDb, clock: HybridClock, author: Author, interviewId: string, questionId: string, explanation: string): void {
  db.prepare('UPDATE answers SET explanation = ?, updated_at = ? WHERE interview_id = ? AND question_id = ?').run(explanation, new Date().toISOString(), interviewId, questionId);
  recordFieldChanges(db, clock, author, 'answers', `${interviewId}/${questionId}`, { explanation });
}
