export default function Page() {
  return <h1>Event</h1>;
}
