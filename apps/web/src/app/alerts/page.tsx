import { AlertsView } from '@/views/alerts/alerts-view.tsx';

const AlertsPage = () => <AlertsView />;

export default AlertsPage;
