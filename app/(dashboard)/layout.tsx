import { Suspense, type ReactNode } from 'react';
import { DashboardNav } from '@/components/filters/dashboard-nav';
import './dashboard.css';

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <div className="dashboard">
      <Suspense fallback={null}>
        <DashboardNav />
      </Suspense>
      {children}
    </div>
  );
}
