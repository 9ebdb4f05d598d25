/** A short confirmation at the bottom ("Đã xóa văn bản." with "Khôi phục"). */
import './toast.css';

export interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run(): void };
}

export function Toast({ toast, onDone }: { toast: ToastMessage; onDone(): void }) {
  return (
    <div className="toast" role="status">
      <span>{toast.text}</span>
      {toast.action && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            toast.action?.run();
            onDone();
          }}
        >
          {toast.action.label}
        </button>
      )}
    </div>
  );
}
